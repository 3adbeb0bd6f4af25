import { mountWorkPage } from '../../shell/workApp.js';
import SuggestionsPage from './SuggestionsPage.vue';

mountWorkPage(SuggestionsPage);
