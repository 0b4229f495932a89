using System.Text.Json;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>
/// The GC settings that keep the process small ship in the app's runtimeconfig.json, so no way of starting it can
/// leave them out (docs/performance.md). The runtime reads them from there: GC.GetConfigurationVariables() showed
/// GCGen0MaxBudget and GCRegionSize taking these values.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_apps_runtimeconfig_carries_the_workstation_gc_a_small_gen0_and_small_regions()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "LinkJ.Partnerships.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(8L * 1024 * 1024, properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
        Assert.Equal(1024L * 1024, properties.GetProperty("System.GC.RegionSize").GetInt64());
    }
}
