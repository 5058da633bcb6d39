/**
 * The minimum of the last `capacity` values pushed, in O(1) amortised per value (a monotonic
 * deque: values that can never be the minimum again are dropped as soon as a smaller one arrives).
 */
export class SlidingMinimum {
  /**
   * The minimum of the window; +∞ when empty. A field kept up to date, not a getter: the detector
   * reads nine of these per frame, and a getter V8 does not inline returns its number boxed on the heap.
   */
  minimum = Infinity;
  private readonly indices: Float64Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  private head = 0;
  private tail = 0;
  private pushed = 0;

  constructor(private readonly capacity: number) {
    let size = 2;
    while (size < capacity + 1) size *= 2;
    this.indices = new Float64Array(size);
    this.values = new Float64Array(size);
    this.mask = size - 1;
  }

  push(value: number): void {
    while (this.tail > this.head && this.values[(this.tail - 1) & this.mask]! >= value) this.tail--;
    this.indices[this.tail & this.mask] = this.pushed;
    this.values[this.tail & this.mask] = value;
    this.tail++;
    this.pushed++;
    while (this.indices[this.head & this.mask]! <= this.pushed - 1 - this.capacity) this.head++;
    this.minimum = this.values[this.head & this.mask]!;
  }

  /** Drops the oldest values so that only the last `count` pushed count (the window shrinking at the end). */
  keepLast(count: number): void {
    while (this.tail > this.head && this.indices[this.head & this.mask]! < this.pushed - count) this.head++;
    this.minimum = this.tail > this.head ? this.values[this.head & this.mask]! : Infinity;
  }
}
