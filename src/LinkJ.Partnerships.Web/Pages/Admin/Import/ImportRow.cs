using LinkJ.Partnerships.Web.Pages.Admin;

namespace LinkJ.Partnerships.Web.Pages.Admin.Import;

public enum RowOutcome
{
    Add,
    Change,
    Unchanged,
    Refuse,
}

/// <summary>
/// What one row of the file will do: add a record, change some of its fields (old → new), leave it as it is, or
/// nothing because it is refused, and why. <see cref="Apply"/> writes it; it exists only for an added or changed row.
/// <see cref="Key"/> names the stored record and its version, so applying can tell that nothing changed since the dry run.
/// </summary>
public sealed record ImportRow(int Number, RowOutcome Outcome, string Record, IReadOnlyList<ConflictField> Changes, IReadOnlyList<string> Reasons, string Key)
{
    public Func<CancellationToken, Task>? Apply { get; init; }

    public static ImportRow Refused(CsvRow row, string record, string key, params IEnumerable<string> reasons) =>
        new(row.Number, RowOutcome.Refuse, record, [], [.. reasons], key);

    /// <summary>An added row (every filled field as new) or a changed one (each field whose value differs).</summary>
    public static ImportRow Planned(CsvRow row, string record, string key, IEnumerable<(string Field, string? Value)>? before, IEnumerable<(string Field, string? Value)> after, Func<CancellationToken, Task> apply)
    {
        if (before is null)
        {
            var added = after.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new ConflictField(f.Field, null, f.Value)).ToList();
            return new ImportRow(row.Number, RowOutcome.Add, record, added, [], key) { Apply = apply };
        }

        var changes = Conflict.Compare(before.Zip(after, (b, a) => (b.Field, b.Value, a.Value)));
        return changes.Count == 0
            ? new ImportRow(row.Number, RowOutcome.Unchanged, record, [], [], key)
            : new ImportRow(row.Number, RowOutcome.Change, record, changes, [], key) { Apply = apply };
    }
}
