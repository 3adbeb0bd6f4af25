import { createApp } from 'vue';
import TracePage from './TracePage.vue';

createApp(TracePage).mount('#app');
