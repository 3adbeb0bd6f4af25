import { mountWorkPage } from '../../shell/workApp.js';
import ProjectsPage from './ProjectsPage.vue';

mountWorkPage(ProjectsPage);
