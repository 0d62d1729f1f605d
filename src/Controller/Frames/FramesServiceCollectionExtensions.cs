using CryoWeb.Controller.Frames;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.Controller;

/// <summary>The frame feed that hands every published frame to the subscribers registered before it is started.</summary>
public static class FramesServiceCollectionExtensions
{
    /// <summary>Register after the features whose hosted services must run before the feed starts (iceball estimator).</summary>
    public static IServiceCollection AddCryoWebFrameFeed(this IServiceCollection services)
    {
        services.AddSingleton<FrameFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<FrameFeed>());
        return services;
    }
}
