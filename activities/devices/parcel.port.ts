/** The parcel service that carries our parcels and reports their delivery by webhook. */
export interface ParcelPort {
  /**
   * Registers a parcel handed to the carrier so that its delivery is reported back with
   * `reference`. Idempotent per carrier and tracking number.
   */
  registerShipment(input: { reference: string; carrier: string; trackingNumber: string }): Promise<{ shipmentId: string; status: string }>;
}

/** The parcel service refused the shipment for good (unknown carrier, bad tracking number). */
export class ParcelRejectedError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(`parcel service refused: ${status} ${reason}`);
    this.name = 'ParcelRejectedError';
  }
}
