namespace CryoWeb.WebUI.Review;

/// <summary>Recorded procedures: queries, decimated curves, exports. (Foundation stub; the review work fills it in.)</summary>
public static class ReviewSetup
{
    public static IServiceCollection AddCryoWebReview(this IServiceCollection services) => services;

    public static WebApplication MapCryoWebReview(this WebApplication app) => app;
}
