using CryoWeb.Configuration;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Review;

/// <summary>Recorded procedures: queries, decimated curves, exports and the review mark.</summary>
public static class ReviewSetup
{
    /// <summary>The limit on review reads (list, detail, curves, plan).</summary>
    public const string ReadsPolicy = "review-reads";

    /// <summary>The limit on exports (samples.csv, record.json), apart from the reads.</summary>
    public const string ExportsPolicy = "review-exports";

    public static IServiceCollection AddCryoWebReview(this IServiceCollection services)
    {
        services.AddSingleton<ProcedureCatalog>();
        services.AddSingleton<ReviewMarker>();
        services.AddOptions<ReviewDownloadOptions>().BindSettings(ReviewDownloadOptions.SectionName)
            .Validate(o => o.StalledWriteSeconds is >= 1 and <= 600, $"{ReviewDownloadOptions.SectionName}:{nameof(ReviewDownloadOptions.StalledWriteSeconds)} must be 1 to 600 seconds.")
            .ValidateOnStart();

        // Review reads go through the storage writer thread, in slices; a few at a time in all keeps recording of the
        // running procedure unhindered however many reviewers export at once. Each user (or, unnamed, each address)
        // first takes a place of their own, then one of the shared ones: one user's requests, read or not, never hold
        // every shared place, and exports never hold the places of the review pages. Beyond the queues: 429.
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => new ValueTask(Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many review requests at once",
                detail: "The console is busy with other reviews or downloads (one export per user at a time). Wait for your other download to finish, then try again.")
                .ExecuteAsync(context.HttpContext));
            var sharedReads = Shared(permits: 4, queue: 16);
            var sharedExports = Shared(permits: 2, queue: 8);
            options.AddPolicy(ReadsPolicy, context => PerCaller(context, sharedReads, permits: 2, queue: 4));
            options.AddPolicy(ExportsPolicy, context => PerCaller(context, sharedExports, permits: 1, queue: 0));
        });
        return services;
    }

    /// <summary>Needs the rate limiter in the pipeline (ConsoleHost puts it after authentication: limits are per user).</summary>
    public static WebApplication MapCryoWebReview(this WebApplication app)
    {
        ReviewEndpoints.Map(app);
        return app;
    }

    /// <summary>The response body of a review request, dropped when the client stops reading (<see cref="StallGuardedStream"/>).</summary>
    internal static void GuardAgainstStalls(HttpContext context)
    {
        var services = context.RequestServices;
        var limit = services.GetRequiredService<IOptions<ReviewDownloadOptions>>().Value.StalledWriteLimit;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<StallGuardedStream>();
        context.Response.Body = new StallGuardedStream(context.Response.Body, context, limit, services.GetRequiredService<TimeProvider>(), logger);
    }

    private static ConcurrencyLimiter Shared(int permits, int queue) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>The caller's own limiter chained with the shared one: signed-in users by name, others by address.</summary>
    private static RateLimitPartition<string> PerCaller(HttpContext context, ConcurrencyLimiter shared, int permits, int queue)
    {
        string caller = context.User.Identity?.Name is { Length: > 0 } name ? "user:" + name : "address:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.Get(caller, _ => RateLimiter.CreateChained(Shared(permits, queue), shared));
    }
}
