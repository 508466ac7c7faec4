/** (Spanish) El código de un participante corregido en otra computadora y que aquí no se tomó (el programa, un paquete). */
export const participantCodesText = {
  notTaken:
    'En otra computadora cambiaron {{code}} a {{wanted}}, pero aquí alguien más ya tiene {{wanted}}, así que se quedó {{code}}. Corrige el código que esté mal y guarda: esta nota desaparece.',
};
