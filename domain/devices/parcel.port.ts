/**
 * The parcel service that carries our parcels and reports their delivery by webhook. A parcel it
 * refuses for good (unknown carrier, bad tracking number) is a PartyRejectedError whose `reason`
 * is the service's own text.
 */
export interface ParcelPort {
  /**
   * Registers a parcel handed to the carrier so that its delivery is reported back with
   * `reference`. Idempotent per carrier and tracking number.
   */
  registerShipment(input: { reference: string; carrier: string; trackingNumber: string }): Promise<{ shipmentId: string; status: string }>;
}
