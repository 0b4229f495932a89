using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The world's country shapes as SVG paths, projected once by src/tools/world-map from Natural Earth (public domain)
/// and shipped inside the assembly: one path per ISO 3166-1 alpha-2 code, and a marker point for each country too
/// small to click at 1:110m or missing from it (Singapore, Luxembourg, Denmark). Read once per process.
/// </summary>
public sealed class WorldMap
{
    public const string ResourceName = "LinkJ.Partnerships.Web.Resources.world-110m.json";

    private static readonly Lazy<WorldMap> Loaded = new(Load);

    private WorldMap(int width, int height, FrozenDictionary<string, string> shapes, FrozenDictionary<string, MapPoint> markers)
    {
        Width = width;
        Height = height;
        Shapes = shapes;
        Markers = markers;
        Background = string.Concat(shapes.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"<path d=\"{s.Value}\"/>"));
    }

    public static WorldMap Instance => Loaded.Value;

    public int Width { get; }

    public int Height { get; }

    /// <summary>SVG path data by alpha-2 code.</summary>
    public FrozenDictionary<string, string> Shapes { get; }

    /// <summary>Where a small country's marker goes, by alpha-2 code.</summary>
    public FrozenDictionary<string, MapPoint> Markers { get; }

    /// <summary>Every country as an unlinked path, written once: the grey land under the shaded countries.</summary>
    public string Background { get; }

    public bool CanDraw(string code) => Shapes.ContainsKey(code) || Markers.ContainsKey(code);

    private static WorldMap Load()
    {
        using var stream = typeof(WorldMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The map resource {ResourceName} is missing from the assembly.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var shapes = root.GetProperty("shapes").EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var markers = root.GetProperty("markers").EnumerateObject()
            .ToFrozenDictionary(p => p.Name, p => new MapPoint(p.Value[0].GetDouble(), p.Value[1].GetDouble()), StringComparer.Ordinal);
        return new WorldMap(root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32(), shapes, markers);
    }
}

public readonly record struct MapPoint(double X, double Y)
{
    public string XText => X.ToString(CultureInfo.InvariantCulture);

    public string YText => Y.ToString(CultureInfo.InvariantCulture);
}
