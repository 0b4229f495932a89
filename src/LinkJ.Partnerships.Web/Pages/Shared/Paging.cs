namespace LinkJ.Partnerships.Web.Pages.Shared;

/// <summary>
/// Which page of a list to show. Out-of-range input is clamped rather than refused, so any link still
/// shows something sensible: page 0 or -1 is page 1, a page past the end is the last page.
/// </summary>
public sealed record Paging(int Page, int PageSize, int TotalCount)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public int Skip => (Page - 1) * PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public int FirstItem => TotalCount == 0 ? 0 : Skip + 1;

    public int LastItem => Math.Min(Skip + PageSize, TotalCount);

    public static Paging For(int? page, int? pageSize, int totalCount)
    {
        var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
        var pageCount = Math.Max(1, (int)Math.Ceiling(totalCount / (double)size));
        return new Paging(Math.Clamp(page ?? 1, 1, pageCount), size, totalCount);
    }
}
