namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// One field of a draft: its value and the sentence of the release it came from, or nothing and the reason why.
/// A field the importer could not read stays empty; it is never filled with a default.
/// </summary>
public sealed record Field<T>
    where T : notnull
{
    private Field(bool filled, T? value, string? sentence, string? note)
    {
        Filled = filled;
        Value = value;
        Sentence = sentence;
        Note = note;
    }

    public bool Filled { get; }

    public T? Value { get; }

    /// <summary>The release's own sentence (or headline, caption, dateline) the value was read from.</summary>
    public string? Sentence { get; }

    /// <summary>How the value was derived when it is not simply what the sentence says, or why the field is empty.</summary>
    public string? Note { get; }

    public static Field<T> Found(T value, string sentence, string? note = null) => new(true, value, sentence, note);

    public static Field<T> Missing(string note) => new(false, default, null, note);
}
