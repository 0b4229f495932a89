using System.Collections.Concurrent;
using System.Data.Common;
using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>The app with every statement it sends recorded, with its parameters, and no output cache in the way.</summary>
public sealed class RecordingFactory : RegistryFactory
{
    public ConcurrentQueue<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Statements { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OutputCache:Enabled", "false");
        builder.ConfigureServices(services => services.ConfigureRegistryDbContext(options => options.AddInterceptors(new Recorder(Statements))));
    }

    private sealed class Recorder(ConcurrentQueue<(string, IReadOnlyList<(string, object?)>)> statements) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private void Record(DbCommand command) =>
            statements.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
    }
}
