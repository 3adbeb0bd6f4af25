import { mountWorkPage } from '../../shell/workApp.js';
import RankingPage from './RankingPage.vue';

mountWorkPage(RankingPage);
