import type { Poa } from '../../../../../shared/schemas/poa';

/**
 * The POA's own header on top of the sheet: municipality and logo, Dirección, Área and the POA's state (whether the
 * goals on it are authorized), the title with the period, Objetivo General.
 */
export function EncabezadoHoja({
  poa,
  municipio,
  logo,
  titulo,
  estado,
  lineaFechas,
  onLogoListo,
}: {
  poa: Pick<Poa, 'direccion' | 'area' | 'objetivoGeneral'>;
  municipio: string;
  logo: string | null;
  titulo: string;
  estado: string;
  lineaFechas: string;
  onLogoListo: () => void;
}) {
  const nombre = municipio.trim();
  return (
    <>
      <table className="hp-encabezado">
        <tbody>
          <tr>
            {logo && (
              <td className="hp-logo">
                <img src={logo} alt="Logo del municipio" onLoad={onLogoListo} onError={onLogoListo} />
              </td>
            )}
            <td>
              <div className="hp-municipio">{nombre ? `H. Ayuntamiento de ${nombre}` : 'H. Ayuntamiento'}</div>
              <div>
                <strong>Dirección:</strong> {poa.direccion}
              </div>
              <div>
                <strong>Área:</strong> {poa.area}
              </div>
              <div>
                <strong>Estado del POA:</strong> {estado}
              </div>
            </td>
            <td className="hp-titulo">
              <strong>{titulo}</strong>
              <div>{lineaFechas}</div>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="hp-objetivo">
        <strong>Objetivo General:</strong> {poa.objetivoGeneral}
      </p>
    </>
  );
}
