namespace LinkJ.Partnerships.Web.Pages.Shared;

/// <summary>Links back to the current page with some query parameters changed and the rest kept as they came.</summary>
public static class QueryLinks
{
    /// <summary>
    /// The path and query with <paramref name="changes"/> applied; a null or empty value removes its parameter.
    /// A repeated parameter keeps each value as its own pair (StringValues.ToString would join them with commas).
    /// </summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes) =>
        request.Path + QueryString.Create(request.Query
                .Where(q => changes.All(c => c.Key != q.Key))
                .SelectMany(q => q.Value.Select(value => KeyValuePair.Create(q.Key, value)))
                .Concat(changes.Select(c => KeyValuePair.Create(c.Key, c.Value)))
                .Where(q => !string.IsNullOrEmpty(q.Value)))
            .ToUriComponent();
}
