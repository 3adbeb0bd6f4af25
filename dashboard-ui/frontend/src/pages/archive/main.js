import { mountWorkPage } from '../../shell/workApp.js';
import ArchivePage from './ArchivePage.vue';

mountWorkPage(ArchivePage);
