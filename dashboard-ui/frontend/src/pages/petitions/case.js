import { mountWorkPage } from '../../shell/workApp.js';
import PetitionCasePage from './PetitionCasePage.vue';

mountWorkPage(PetitionCasePage);
