import { mountWorkPage } from '../../shell/workApp.js';
import TodoPage from './TodoPage.vue';

mountWorkPage(TodoPage);
