import { mountWorkPage } from '../../shell/workApp.js';
import ChangePasswordPage from './ChangePasswordPage.vue';

mountWorkPage(ChangePasswordPage);
