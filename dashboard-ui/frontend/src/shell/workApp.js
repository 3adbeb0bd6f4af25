/**
 * A work page built with Element Plus, in Chinese. Its styles come from the package's static CSS file, which Vite
 * bundles into the page's own stylesheet: no style element is injected, so the Content-Security-Policy's
 * `style-src-elem 'self'` holds (the components' positioning uses style attributes, which the policy allows).
 */
import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/dist/index.css';

export function mountWorkPage(component, selector = '#app') {
  return createApp(component).use(ElementPlus, { locale: zhCn }).mount(selector);
}
