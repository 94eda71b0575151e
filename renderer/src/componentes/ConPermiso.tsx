import { Alert, Button, IconButton, Tooltip, type ButtonProps, type IconButtonProps } from '@mui/material';
import { useId, type ReactElement, type ReactNode } from 'react';
import type { Accion } from '../../../shared/seguridad/permisos';
import { useMotivoBloqueo } from '../hooks/usePuede';
import { EncabezadoPagina } from './Encabezado';

/** What a control receives when the signed-in role may not use it: off, and described by who may. */
export interface Bloqueo {
  disabled?: true;
  'aria-describedby'?: string;
}

interface PropsPermiso {
  accion: Accion;
  /** Why the action cannot be taken now although the role may (the control is off and says this instead). */
  impedimento?: string | null;
}

/**
 * A control for an action the signed-in role may not do is shown off, with a tooltip saying who may («Solo un jefe
 * o un administrador puede cerrar periodos.»); the same sentence is its accessible description, so a screen reader
 * says it too. A disabled control takes no pointer events, so the tooltip hangs on a span around it. When the role
 * may and nothing impedes it, the control is drawn exactly as `dibujar` makes it.
 */
export function ConPermiso({ accion, impedimento, dibujar }: PropsPermiso & { dibujar: (bloqueo: Bloqueo) => ReactElement }) {
  const motivo = useMotivoBloqueo(accion, impedimento);
  const id = useId();
  if (motivo === null) return dibujar({});
  // The span is as wide as the control: in a row of buttons it neither shrinks nor lets the control overflow.
  return (
    <Tooltip title={motivo} describeChild>
      <span style={{ display: 'inline-flex', flexShrink: 0 }}>
        {dibujar({ disabled: true, 'aria-describedby': id })}
        <span id={id} hidden>
          {motivo}
        </span>
      </span>
    </Tooltip>
  );
}

/** A button for `accion`. */
export function BotonConPermiso({ accion, impedimento, disabled, ...props }: ButtonProps & PropsPermiso) {
  return <ConPermiso accion={accion} impedimento={impedimento} dibujar={(bloqueo) => <Button {...props} {...bloqueo} disabled={disabled || bloqueo.disabled} />} />;
}

/** An icon button for `accion`, whose tooltip says `titulo` while the role may use it. */
export function IconoConPermiso({ accion, impedimento, titulo, disabled, ...props }: IconButtonProps & PropsPermiso & { titulo: string }) {
  return (
    <ConPermiso
      accion={accion}
      impedimento={impedimento}
      dibujar={(bloqueo) =>
        bloqueo.disabled ? (
          <IconButton {...props} {...bloqueo} />
        ) : (
          <Tooltip title={titulo}>
            <span>
              <IconButton {...props} disabled={disabled} />
            </span>
          </Tooltip>
        )
      }
    />
  );
}

/**
 * A whole screen for an action: a role that may not use it (reaching it by an old link or a typed address, since the
 * menu hides it) gets the page's title and who may, not a screen of refusals. The repositories refuse anyway.
 */
export function PantallaConPermiso({ accion, titulo, children }: { accion: Accion; titulo: string; children: ReactNode }) {
  const motivo = useMotivoBloqueo(accion);
  if (motivo === null) return children;
  return (
    <>
      <EncabezadoPagina titulo={titulo} />
      <Alert severity="info">{motivo}</Alert>
    </>
  );
}
