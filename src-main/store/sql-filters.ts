/** A query's WHERE conditions and the named parameters they read, built one optional filter at a time. */
export class SqlFilters {
  readonly conditions: string[] = [];
  readonly params: Record<string, unknown> = {};

  /** Adds `condition`, which reads `@name`, when `value` is given (not undefined, not empty). */
  when(name: string, value: string | undefined, condition: string): this {
    if (!value) return this;
    this.conditions.push(condition);
    this.params[name] = value;
    return this;
  }

  /** Adds `column IN (@name0, @name1, …)` when `values` holds any. */
  whenAny(name: string, values: readonly string[] | undefined, column: string): this {
    if (!values?.length) return this;
    this.conditions.push(`${column} IN (${values.map((_, i) => `@${name}${i}`).join(', ')})`);
    values.forEach((v, i) => (this.params[`${name}${i}`] = v));
    return this;
  }

  /** Adds a condition that reads no parameter. */
  add(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** `WHERE a AND b …`, or nothing when no filter was given. */
  get sql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
