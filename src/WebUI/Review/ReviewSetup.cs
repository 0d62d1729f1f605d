namespace CryoWeb.WebUI.Review;

/// <summary>Recorded procedures: queries, decimated curves, exports and the review mark.</summary>
public static class ReviewSetup
{
    public static IServiceCollection AddCryoWebReview(this IServiceCollection services)
    {
        services.AddSingleton<ProcedureCatalog>();
        services.AddSingleton<ReviewMarker>();
        return services;
    }

    public static WebApplication MapCryoWebReview(this WebApplication app)
    {
        ReviewEndpoints.Map(app);
        return app;
    }
}
