import log from 'electron-log/node';
import { configureFileLog, type ConsoleLog } from './logger';

/** The file log for browser mode and the CLIs (plain Node). */
export function createNodeLog(dir: string): ConsoleLog {
  return configureFileLog(log.create({ logId: 'console' }), dir);
}
