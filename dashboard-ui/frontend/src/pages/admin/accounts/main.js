import { mountWorkPage } from '../../../shell/workApp.js';
import AccountsPage from './AccountsPage.vue';

mountWorkPage(AccountsPage);
