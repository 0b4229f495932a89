using System.Globalization;
using LinkJ.Partnerships.Web.Pages.Shared;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>A page of a list with the address and cursor of the next one; the next address keeps the request's filters.</summary>
public static class ApiPaging
{
    private static readonly string[] Kept = ["q", "country", "type", "kind", "status", "sort", "size", "lang"];

    public static ApiPage<T> Page<T>(IReadOnlyList<T> items, Paging paging, HttpRequest request, IReadOnlyList<string>? kept = null)
    {
        string? next = null;
        if (paging.HasNext)
        {
            var query = (kept ?? Kept).Where(name => !string.IsNullOrEmpty(request.Query[name]))
                .Select(name => KeyValuePair.Create(name, (string?)request.Query[name][0]))
                .Append(KeyValuePair.Create("page", (string?)(paging.Page + 1).ToString(CultureInfo.InvariantCulture)));
            next = request.Path + QueryString.Create(query).ToUriComponent();
        }

        return new ApiPage<T>(
            items, paging.Page, paging.PageSize, ApiQuery.MaxPageSize, paging.TotalCount, paging.PageCount, next,
            paging.HasNext ? ApiQuery.Cursor.For(paging.Page + 1) : null);
    }
}
