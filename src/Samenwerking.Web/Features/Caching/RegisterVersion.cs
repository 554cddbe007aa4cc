using System.Data.Common;
using System.Reflection;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace Samenwerking.Web.Features.Caching;

/// <summary>
/// The register's version as this instance last saw it, and what depends on it: the key and ETag of a cached page.
/// The database raises the version in every transaction that writes register data (migration
/// AnnounceRegisterChanges); this instance learns of it from <see cref="RegisterChangeListener"/> (any process, any
/// instance) or right after its own commits (<see cref="RegisterCommitInterceptor"/>), and then evicts every cached page.
/// A page rendered while a write commits is stored under the version read before it rendered, so no later reader
/// ever gets it: the version is part of the cache key.
/// </summary>
public sealed class RegisterVersion(IOutputCacheStore cache, IConfiguration configuration, ILogger<RegisterVersion> logger)
{
    /// <summary>The tag of every cached response that shows register data.</summary>
    public const string CacheTag = "register";

    public const string Channel = "register_changed";

    /// <summary>Part of every ETag, so a new release of the app never answers 304 with yesterday's markup.</summary>
    private static readonly string Build =
        Convert.ToHexStringLower(Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToByteArray())[..8];

    private long current;
    private volatile bool listening;

    public long Current => Volatile.Read(ref current);

    /// <summary>Whether this instance hears the database's announcements now (so writes by others reach its cache).</summary>
    public bool IsListening
    {
        get => listening;
        internal set => listening = value;
    }

    /// <summary>The ETag of a page for anonymous readers: the release, the register version and the day (pages show "today").</summary>
    public static string ETag(string version, string day) => $"W/\"{Build}-{version}-{day}\"";

    /// <summary>Reads the version on a connection of its own; when it moved, evicts every cached page.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Hosting.SamenwerkingHosting.ConnectionString(configuration));
        await connection.OpenAsync(cancellationToken);
        await RefreshAsync(connection, cancellationToken);
    }

    /// <summary>Reads the version on an open connection; when it moved, evicts every cached page.</summary>
    public async Task RefreshAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM register_version";
        var read = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        // Two refreshes may finish in either order: the version only moves forward.
        long seen;
        do
        {
            seen = Current;
            if (read <= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref current, read, seen) != seen);

        // Pages of older versions can no longer be found (the version is in their key); this frees their memory.
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
        logger.LogDebug("Registerversie {Version}: gecachte pagina's vervallen.", read);
    }
}
