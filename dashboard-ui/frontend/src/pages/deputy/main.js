import { mountWorkPage } from '../../shell/workApp.js';
import DeputyHome from './DeputyHome.vue';

mountWorkPage(DeputyHome);
