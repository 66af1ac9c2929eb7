// Whether ranges of one document hold given literals, asked range after range in text order (a
// sentence at a time). Each literal's next occurrence is remembered, so the document is searched
// about once per literal: testing `sentence.includes(literal)` read every sentence once per literal
// it lacked, for every literal of every pattern.

/** Literals numbered once (at compile time), so patterns name the literals they need by id. */
export class LiteralSet {
  readonly literals: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The ids of these literals, numbering the ones not seen before. */
  idsOf(literals: readonly string[]): number[] {
    return literals.map((literal) => {
      let id = this.ids.get(literal);
      if (id === undefined) {
        id = this.literals.length;
        this.literals.push(literal);
        this.ids.set(literal, id);
      }
      return id;
    });
  }
}

const NOT_SEARCHED = 0x7fffffff;

/** A document's literals (of a LiteralSet), with the next occurrence of each found so far. */
export class LiteralCursor {
  // Per literal id: the first occurrence at or after searchedFrom (-1: none up to the end), and
  // where that search began; a range starting before searchedFrom is searched again.
  private readonly next: Int32Array;
  private readonly searchedFrom: Int32Array;

  constructor(
    readonly text: string,
    private readonly literals: readonly string[],
  ) {
    this.next = new Int32Array(literals.length);
    this.searchedFrom = new Int32Array(literals.length).fill(NOT_SEARCHED);
  }

  /** Whether text[from, to) holds literal `id`: text.slice(from, to).includes(literal). */
  has(id: number, from: number, to: number): boolean {
    const searched = this.searchedFrom[id]!;
    // A range behind the cursor (a sentence read again after later ones): searched in place, so that
    // the cursor is not sent back to search the rest of the document again from there.
    if (searched !== NOT_SEARCHED && searched > from)
      return this.text.slice(from, to).includes(this.literals[id]!);
    let at = this.next[id]!;
    if (searched > from || (at >= 0 && at < from)) {
      at = this.text.indexOf(this.literals[id]!, from);
      this.next[id] = at;
      this.searchedFrom[id] = from;
    }
    return at >= 0 && at + this.literals[id]!.length <= to;
  }

  /** Whether text[from, to) holds any of the literals `ids`. */
  hasAny(ids: readonly number[], from: number, to: number): boolean {
    for (const id of ids) if (this.has(id, from, to)) return true;
    return false;
  }
}
