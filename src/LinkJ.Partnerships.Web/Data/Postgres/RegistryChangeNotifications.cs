using Npgsql;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// Brings other instances' writes to this one. Every statement that changes the registry's content fires a trigger
/// (the RegistryChangeNotifications migration) that does <c>pg_notify('registry_changes', application_name)</c>;
/// PostgreSQL delivers it when, and only if, the transaction commits. This instance listens on one dedicated
/// connection and, for a notification from any other instance (or from psql), tells <see cref="RegistryChanges"/>,
/// which drops every cache and read model kept in memory. Its own writes it has told already.
/// While the connection is down, notifications are lost, so after reconnecting it drops everything once: a missed
/// write costs one re-read, never a stale page (docs/decisions/015-changes-across-instances.md).
/// </summary>
public sealed class RegistryChangeNotifications(RegistryChangeNotifications.Settings settings, RegistryChanges changes, ILogger<RegistryChangeNotifications> logger)
    : IHostedService, IAsyncDisposable
{
    public const string Channel = "registry_changes";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private readonly string _ownName = new NpgsqlConnectionStringBuilder(settings.ConnectionString).ApplicationName ?? string.Empty;
    private Task? _listening;
    private int _disposed;

    public sealed record Settings(string ConnectionString);

    /// <summary>How many times the connection was opened again after it dropped; each one drops every cache once.</summary>
    public int Reconnections { get; private set; }

    /// <summary>Listens before the app serves, so no write made after the first read can go unnoticed.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connection = await ListenAsync(cancellationToken);
        _listening = Task.Run(() => RunAsync(connection, _stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_listening is not null)
        {
            await _listening.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// The container disposes this twice (as itself and as the hosted service it is also registered as), so the
    /// second call must do nothing.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_listening is not null)
        {
            await _listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(NpgsqlConnection? connection, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (connection is null)
                {
                    connection = await ListenAsync(stopping);
                    Reconnections++;
                    logger.LogInformation("Listening for registry changes again; dropping every cached page and read model once, in case a change was missed");
                    await changes.CommittedAsync(stopping);
                }

                await WaitForChangesAsync(connection, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("The connection that listens for registry changes failed ({Reason}); retrying in {Seconds} s", exception.Message, RetryAfter.TotalSeconds);
                await DisposeQuietlyAsync(connection);
                connection = null;
                await Task.Delay(RetryAfter, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        await DisposeQuietlyAsync(connection);
    }

    private async Task WaitForChangesAsync(NpgsqlConnection connection, CancellationToken stopping)
    {
        var changedElsewhere = false;
        connection.Notification += (_, notification) => changedElsewhere |= notification.Payload != _ownName;
        while (true)
        {
            await connection.WaitAsync(stopping);
            if (changedElsewhere)
            {
                changedElsewhere = false;
                await changes.CommittedAsync(stopping);
            }
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        // Its own connection, outside the pool; keepalives notice a dead server while it only waits.
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false, KeepAlive = 5 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"LISTEN {Channel}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task DisposeQuietlyAsync(NpgsqlConnection? connection)
    {
        if (connection is not null)
        {
            try
            {
                await connection.DisposeAsync();
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException)
            {
                // Already broken; nothing to close.
            }
        }
    }
}
