using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The directory's partners by country, as a world map and a table. The counts come from the directory's own
/// <see cref="DirectorySnapshot"/>, so the map shows exactly the partners the directory lists, no other rule.
/// </summary>
public sealed class MapModel(PartnerDirectory directory) : PageModel
{
    public IReadOnlyList<CountryCount> Countries { get; private set; } = [];

    public WorldMap Map => WorldMap.Instance;

    public async Task OnGetAsync()
    {
        var snapshot = await directory.SnapshotAsync(HttpContext.RequestAborted);
        Countries = MapShading.Count(snapshot);
    }
}
