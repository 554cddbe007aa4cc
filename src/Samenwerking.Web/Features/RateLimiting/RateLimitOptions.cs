namespace Samenwerking.Web.Features.RateLimiting;

/// <summary>
/// Settings of the rate limits (section <c>RateLimits</c>), each counted per client address (decision 0020). The
/// defaults leave a town hall behind one address room for normal use; <c>docs/operations.md</c> lists them.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Off switches every limit, e.g. for a benchmark that measures the app rather than its limits.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Posts of the sign-in, code and account forms.</summary>
    public Limit SignIn { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Wrong passwords for one account from one address; then that address waits, the account stays open.</summary>
    public Limit SignInFailures { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Requests to the open-data API (<c>/api/v1</c>).</summary>
    public Limit Api { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Searches on the search page (<c>/zoeken</c>).</summary>
    public Limit Search { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Downloads: CSV, Excel and PDF exports and the SVG maps.</summary>
    public Limit Downloads { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };
}
