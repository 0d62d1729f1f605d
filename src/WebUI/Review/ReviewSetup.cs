using Microsoft.AspNetCore.RateLimiting;

namespace CryoWeb.WebUI.Review;

/// <summary>Recorded procedures: queries, decimated curves, exports and the review mark.</summary>
public static class ReviewSetup
{
    /// <summary>The concurrency limit on review reads and exports.</summary>
    public const string ReadsPolicy = "review-reads";

    public static IServiceCollection AddCryoWebReview(this IServiceCollection services)
    {
        services.AddSingleton<ProcedureCatalog>();
        services.AddSingleton<ReviewMarker>();

        // Review reads go through the storage writer thread, in slices; a few at a time keeps recording of the running
        // procedure unhindered however many reviewers export at once. The rest wait their turn, then get 429.
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddConcurrencyLimiter(ReadsPolicy, limiter =>
            {
                limiter.PermitLimit = 2;
                limiter.QueueLimit = 16;
                limiter.QueueProcessingOrder = System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst;
            });
        });
        return services;
    }

    public static WebApplication MapCryoWebReview(this WebApplication app)
    {
        app.UseRateLimiter();
        ReviewEndpoints.Map(app);
        return app;
    }
}
