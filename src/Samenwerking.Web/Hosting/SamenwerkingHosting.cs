using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;
using Npgsql;
using Samenwerking.Web.Components;
using Samenwerking.Web.Components.Antiforgery;
using Samenwerking.Web.Components.Layout;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Data.Seed;
using Samenwerking.Web.Features.Account;
using Samenwerking.Web.Features.Api;
using Samenwerking.Web.Features.Exports;
using Samenwerking.Web.Features.Health;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Caching;
using Samenwerking.Web.Features.Import.Boundaries;
using Samenwerking.Web.Features.Import.Cbs;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Compare;
using Samenwerking.Web.Features.Congruence;
using Samenwerking.Web.Features.Finances;
using Samenwerking.Web.Features.Calendar;
using Samenwerking.Web.Features.Instruments;
using Samenwerking.Web.Features.Maps;
using Samenwerking.Web.Features.Municipalities;
using Samenwerking.Web.Features.Overview;
using Samenwerking.Web.Features.RateLimiting;
using Samenwerking.Web.Features.Search;
using Samenwerking.Web.Features.Suggestions;
using Samenwerking.Web.Features.Tasks;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Hosting;

/// <summary>The app's composition: services and the request pipeline.</summary>
public static class SamenwerkingHosting
{
    public const string ConnectionStringName = "Register";

    /// <summary>The UI speaks Dutch, whatever the browser asks for.</summary>
    private const string Dutch = "nl-NL";

    public static WebApplicationBuilder AddSamenwerking(this WebApplicationBuilder builder)
    {
        builder.AddWebFront();
        var services = builder.Services;
        // Pooled: a reading page's context comes ready from the pool instead of building its internal services anew
        // (3 % of the council overview's CPU at the national size). The options and interceptors are singletons.
        services.AddPooledDbContextFactory<RegisterDbContext>((provider, options) =>
        {
            options.UseNpgsql(ConnectionString(provider), npgsql => npgsql.RetryTransientFailures(provider.GetRequiredService<IConfiguration>()))
                .UseSnakeCaseNamingConvention();
            options.AddInterceptors(provider.GetServices<IInterceptor>());
            // Every unit of work takes a context of its own from this factory, so none is shared between threads. EF
            // Core's check that one is not (an AsyncLocal set twice for every row read) was a fifth of what a reading
            // page allocated. Off in every environment: options that differ give a different model, and a compiled
            // query refuses a second model in the same process, as when the tests run two apps (decision 0035).
            options.EnableThreadSafetyChecks(false);
        });
        services.AddRegisterHealthChecks(ConnectionString);
        services.AddSingleton(TimeProvider.System);

        services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.Section));
        services.AddSignIn();
        services.AddRateLimits(builder.Configuration);

        services.AddScoped<MunicipalityQueries>();
        services.AddScoped<ArrangementQueries>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<OverviewQueries>();
        services.AddScoped<ParagraphCommands>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<CongruenceQueries>();
        services.AddScoped<CompareQueries>();
        services.AddSingleton<MapGeometryCache>();
        services.AddScoped<ArrangementCommands>();
        services.AddScoped<SuggestionQueries>();
        services.AddScoped<SuggestionCommands>();
        services.AddScoped<RooImporter>();
        services.AddScoped<MunicipalityImporter>();
        services.AddScoped<BoundaryImporter>();
        services.AddScoped<FinanceSheets>();
        services.AddScoped<FinanceUpload>();
        services.AddTransient<RegisterSeeder>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccessCheck>();
        services.AddScoped<CalendarQueries>();
        services.AddScoped<CalendarCommands>();
        services.AddScoped<InstrumentQueries>();
        services.AddValidatorsFromAssemblyContaining<RegisterDbContext>(includeInternalTypes: true);

        services.AddReaderCaching(builder.Configuration);
        services.AddProblemDetails();
        // Every GET also answers HEAD (ReaderCaching.AnswerHead); the document describes each operation once.
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            foreach (var path in document.Paths.Values)
            {
                path.Operations?.Remove(HttpMethod.Head);
            }

            return Task.CompletedTask;
        }));
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Pages are UTF-8: "€", "ë" and "–" go out as themselves instead of as character references (3,250 times
        // "&#x20AC;" in a large overview). HTML's own characters (<, >, &, quotes) are still encoded.
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgeryOnlyForForms();
        services.AddMudServices();
        services.AddSingleton<ThemeStylesheet>();
        services.AddLocalization();
        services.AddTransient<MudBlazor.MudLocalizer, DutchMudLocalizer>();
        return builder;
    }

    // Read when first needed, not at registration, so a test host's settings win.
    private static string ConnectionString(IServiceProvider provider) =>
        ConnectionString(provider.GetRequiredService<IConfiguration>());

    /// <summary>The register's connection string with the app's session defaults, or a Dutch message on how to set it.</summary>
    internal static string ConnectionString(IConfiguration configuration) =>
        WithSessionDefaults(configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"Geen databaseverbinding ingesteld: zet ConnectionStrings__{ConnectionStringName} of start de app met ./run.sh."));

    /// <summary>
    /// How the app's sessions work, unless the connection string says otherwise (decisions 0031 and 0032):
    /// <list type="bullet">
    /// <item>statements a connection runs often are prepared once (Npgsql's automatic preparation): a page's few queries
    /// are then neither parsed nor planned again on every request, and a connection returned to the pool keeps them;</item>
    /// <item>a connection taken from the pool is not reset first: the app changes no session state on pooled connections
    /// (its lock and its listener have connections of their own), and the reset cost the database 0.2 ms per page query;</item>
    /// <item>the planner counts a page read at random as about as dear as one read in sequence
    /// (<c>random_page_cost</c> 1.1 instead of the 4 meant for spinning disks): the register is small enough to sit in
    /// memory, and with 4 the search scanned every arrangement name instead of using the trigram index;</item>
    /// <item>a prepared statement is planned once, for any values (<c>plan_cache_mode</c> <c>force_generic_plan</c>,
    /// decision 0032): PostgreSQL otherwise planned the overview's statements anew at every request, two thirds of its
    /// time for the page, for plans no faster than the one made once.</item>
    /// </list>
    /// </summary>
    public static string WithSessionDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Says(string keyword) => given.Keys.Cast<string>().Any(key =>
            string.Equals(key.Replace(" ", "", StringComparison.Ordinal), keyword, StringComparison.OrdinalIgnoreCase));

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Says("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 100;
        }

        if (!Says("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        foreach (var (setting, value) in PlannerDefaults)
        {
            // PostgreSQL takes setting names in any case and with - for _.
            if (builder.Options?.Replace('-', '_').Contains(setting, StringComparison.OrdinalIgnoreCase) != true)
            {
                builder.Options = $"{builder.Options} -c {setting}={value}".TrimStart();
            }
        }

        return builder.ConnectionString;
    }

    private static readonly (string Setting, string Value)[] PlannerDefaults =
    [
        ("random_page_cost", "1.1"),
        ("plan_cache_mode", "force_generic_plan"),
    ];

    /// <summary>
    /// ASP.NET Core Identity in the register's database: a cookie that is HttpOnly and SameSite, checked against the
    /// database as often as open tabs are (so taking access away ends it everywhere within that interval), wrong
    /// passwords throttled per account and address instead of locking the account, a second step with an authenticator
    /// app, a length-based password policy, and data-protection keys in the database so sign-ins survive a restart and
    /// work across instances (decisions 0008, 0020).
    /// </summary>
    private static void AddSignIn(this IServiceCollection services)
    {
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AccountOptions>>(
            (validator, account) => validator.ValidationInterval = account.Value.RevalidationInterval);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SecurityStampRevalidator>();
        services.AddSingleton<SignInGuard>();
        services.AddScoped<PasswordSignIn>();
        services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Only wrong codes of the second step count (the password was right); wrong passwords never lock.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RegisterDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "samenwerking";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/inloggen";
            options.AccessDeniedPath = "/geen-toegang";
        });
        services.AddDataProtection().SetApplicationName("Samenwerking").PersistKeysToDbContext<RegisterDbContext>();
    }

    /// <summary>Applies the migrations and seeds an empty register when configured to (run.sh and docker-compose do).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RegisterSeeder>().MigrateAndSeedAsync(CancellationToken.None);
        }
    }

    public static WebApplication UseSamenwerking(this WebApplication app)
    {
        // The API answers every error with problem details, never a stack trace, in every environment: its handler
        // sits inside the pages' error page, so it catches the API's errors first.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
        }

        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());

        app.UseRejectNulCharacters();
        app.UseDatabaseOutageAnswer();

        app.UseStatusCodePagesWithReExecute("/niet-gevonden", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(new RequestLocalizationOptions()
            .SetDefaultCulture(Dutch).AddSupportedCultures(Dutch).AddSupportedUICultures(Dutch));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseReaderCaching();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapThemeStylesheet();
        app.MapHealthEndpoints();
        app.MapAccountEndpoints();
        app.MapFinanceWorkbooks();
        var readers = app.MapGroup("").AnswerHead().CachedForReaders();
        readers.MapGroup("").RequireRateLimiting(RateLimits.Api).MapApi();
        var downloads = readers.MapGroup("").RequireRateLimiting(RateLimits.Downloads);
        downloads.MapExports();
        downloads.MapOverviewExports();
        downloads.MapMapFiles();
        downloads.MapCalendarFeeds();
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api";
            options.SwaggerEndpoint("/openapi/v1.json", "Samenwerking API v1");
            options.DocumentTitle = "Samenwerking – open data API";
        });
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AnswerHead().CachedForReaders();
        return app;
    }
}
