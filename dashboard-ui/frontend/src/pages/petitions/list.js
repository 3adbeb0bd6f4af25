import { mountWorkPage } from '../../shell/workApp.js';
import PetitionsPage from './PetitionsPage.vue';

mountWorkPage(PetitionsPage);
