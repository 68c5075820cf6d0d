using TcWgan.Experiments.Study;

namespace TcWgan.Experiments.Tests;

/// <summary>Every row's AER classifier gets the same optimiser steps: epochs scale with real clips / training rows.</summary>
public class StudyProfileTests
{
    private static readonly StudyProfile Profile = StudyProfile.Quick with { AerClassifier = StudyProfile.Quick.AerClassifier with { Epochs = 16 } };

    [Theory]
    [InlineData(252, 252, 16)] // real only
    [InlineData(252, 504, 8)]  // one added sample per real clip
    [InlineData(252, 378, 11)] // half a sample per clip: 10.67 rounds to 11
    [InlineData(10, 1000, 1)]  // never below one epoch
    public void EpochsKeepTheRealOnlyStepCount(int realRows, int trainingRows, int epochs)
    {
        var options = Profile.ClassifierOptionsFor(seed: 3, device: "cpu", realRows, trainingRows);
        Assert.Equal(epochs, options.Epochs);
        Assert.Equal(3, options.Seed);
        Assert.Equal("cpu", options.Device);
        Assert.Equal(Profile.AerClassifier.Width, options.Width);
    }

    [Fact]
    public void CasEpochsFollowTheSameRuleUnlessSet()
    {
        Assert.Equal(16, (Profile with { CasEpochs = null }).CasClassifierOptionsFor(1, "cpu", 252, 252).Epochs);
        Assert.Equal(5, (Profile with { CasEpochs = 5 }).CasClassifierOptionsFor(1, "cpu", 252, 252).Epochs);
    }

    [Fact]
    public void EmptyTrainingSetsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Profile.ClassifierOptionsFor(1, "cpu", 0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Profile.ClassifierOptionsFor(1, "cpu", 10, 0));
    }
}
