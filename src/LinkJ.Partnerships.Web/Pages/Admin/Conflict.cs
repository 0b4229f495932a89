namespace LinkJ.Partnerships.Web.Pages.Admin;

/// <summary>
/// What another admin saved while this one was editing: each field whose stored value now differs from what
/// this admin posted. The form keeps the posted input and takes the new version, so a second save is deliberate.
/// </summary>
public sealed record Conflict(string? ChangedBy, DateTime ChangedAt, IReadOnlyList<ConflictField> Fields)
{
    public static IReadOnlyList<ConflictField> Compare(IEnumerable<(string Field, string? Saved, string? Yours)> fields) =>
        [.. fields.Where(f => !string.Equals(f.Saved ?? string.Empty, f.Yours ?? string.Empty, StringComparison.Ordinal))
            .Select(f => new ConflictField(f.Field, f.Saved, f.Yours))];
}

public sealed record ConflictField(string Field, string? Saved, string? Yours);
