export type { FaultEffect, EmulatorFault } from './emulator-fault';
export { FaultInjector } from './fault-injector';
export { parseFaultSpec, FaultSpecError } from './parse-fault-spec';
export { withFaults } from './with-faults';
