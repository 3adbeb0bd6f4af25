import { mountWorkPage } from '../../shell/workApp.js';
import SuggestionCasePage from './SuggestionCasePage.vue';

mountWorkPage(SuggestionCasePage);
