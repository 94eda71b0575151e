import { atenderPedidoLibro } from './trabajoLibro';

// A module worker: receives which database and year, reads them, answers with the .xlsx bytes (transferred) or a
// Spanish message; says when the reading is done and the building starts.
self.onmessage = (evento: MessageEvent) => {
  void atenderPedidoLibro(evento.data, (aviso) => self.postMessage(aviso)).then(({ respuesta, transferir }) =>
    self.postMessage(respuesta, { transfer: transferir }),
  );
};
