import { atenderPedidoLibro } from './trabajoLibro';

// A module worker: receives the POA workbook's data, answers with its .xlsx bytes (transferred) or a Spanish message.
self.onmessage = (evento: MessageEvent) => {
  void atenderPedidoLibro(evento.data).then(({ respuesta, transferir }) => self.postMessage(respuesta, { transfer: transferir }));
};
