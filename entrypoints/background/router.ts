import {
  type BackgroundMessageType,
  isExtensionPageSender,
  isSignInContentSender,
  parseMessage,
  type Request,
  type SenderLike,
} from '@/utils/messages';
import type { HandlerMap } from './handlers';

export interface OwnExtension {
  id: string;
  /** browser.runtime.getURL('/'), e.g. chrome-extension://<id>/ */
  origin: string;
}

/**
 * Every runtime message the background gets: parsed (utils/messages.ts), its sender checked
 * against the handler's `from`, then handed to that one handler. Anything else is dropped
 * (undefined: no answer).
 */
export function routeMessage(
  raw: unknown,
  sender: SenderLike,
  own: OwnExtension,
  handlers: HandlerMap,
): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (!message) return undefined; // Unknown or malformed.
  return dispatch(message as Request<BackgroundMessageType>, sender, own, handlers);
}

function dispatch<T extends BackgroundMessageType>(
  message: Request<T>,
  sender: SenderLike,
  own: OwnExtension,
  handlers: HandlerMap,
): Promise<unknown> | undefined {
  const handler = handlers[message.type] as HandlerMap[T];
  if (handler.from === 'sign-in-page') {
    if (!isSignInContentSender(sender, own.id)) return undefined;
    return handler.handle(message, sender.tab!.id!);
  }
  if (handler.from === 'sign-in-page-or-extension-page') {
    if (!isSignInContentSender(sender, own.id) && !isExtensionPageSender(sender, own.id, own.origin)) return undefined;
    return handler.handle(message);
  }
  if (!isExtensionPageSender(sender, own.id, own.origin)) return undefined;
  return handler.handle(message);
}
