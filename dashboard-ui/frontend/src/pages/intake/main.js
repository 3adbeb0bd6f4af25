import { createApp } from 'vue';
import IntakePage from './IntakePage.vue';
import './intake.css';

createApp(IntakePage).mount('#app');
