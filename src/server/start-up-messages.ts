import type { AddressInfo } from 'node:net';
import { DEFAULT_DEMO_PASSWORD } from '../modules/demo/seed-demo.js';

/**
 * The lines `npm start` prints for the person at the console (the JSON log is separate, see
 * logging.ts): one line while a first start generates the demo data, then one ready line with
 * the address to open and, in demo mode, how to sign in.
 */

export const DEMO_SEEDING_LINE = 'JJLD 正在生成演示数据（仅首次启动，约需一两分钟）……';

/** The address a browser should open: a wildcard bind is reachable as localhost. */
export function serverUrl(address: Pick<AddressInfo, 'address' | 'family' | 'port'>): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

export function readyLine(url: string, options: { demo: boolean; demoPassword: string }): string {
  if (!options.demo) return `JJLD 已启动：${url}（未启用演示数据；创建管理员账号见 README.md「The first administrator」）`;
  const password = options.demoPassword === DEFAULT_DEMO_PASSWORD ? `密码 ${DEFAULT_DEMO_PASSWORD}` : '密码为 JJLD_DEMO_PASSWORD 的值';
  return `JJLD 已启动：${url}  演示账号 admin、leader、div-sampling、city-510100、county-510107 等，${password}（全部账号见 README.md）`;
}
