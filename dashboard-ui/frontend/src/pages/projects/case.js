import { mountWorkPage } from '../../shell/workApp.js';
import ProjectCasePage from './ProjectCasePage.vue';

mountWorkPage(ProjectCasePage);
