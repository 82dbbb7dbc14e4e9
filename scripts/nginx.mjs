/** Debian's nginx, which runs the hosting sample in tests/e2e/hosting.spec.ts; NGINX_PATH to use another. */
export const nginxPath = process.env.NGINX_PATH || '/usr/sbin/nginx';
