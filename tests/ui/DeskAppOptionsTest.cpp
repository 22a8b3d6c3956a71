#include "DeskAppOptions.h"

#include "demo/DemoStore.h"

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

Result<DeskAppOptions> parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("cardbridge"));
    return parseDeskAppOptions(arguments);
}

} // namespace

TEST(UiDeskAppOptions, DefaultsToTheDefaultStore)
{
    const auto options = parse({});
    ASSERT_TRUE(options);
    EXPECT_EQ(options->storePath, defaultStorePath());
    EXPECT_EQ(options->demoStorePath, defaultDemoStorePath());
    EXPECT_FALSE(options->demo);
}

TEST(UiDeskAppOptions, StoreAndDemo)
{
    auto options = parse({ QStringLiteral("--store"), QStringLiteral("/tmp/x.store") });
    ASSERT_TRUE(options);
    EXPECT_EQ(options->storePath, QStringLiteral("/tmp/x.store"));
    EXPECT_FALSE(options->demo);

    options = parse({ QStringLiteral("--demo") });
    ASSERT_TRUE(options);
    EXPECT_TRUE(options->demo);
    EXPECT_EQ(options->storePath, defaultDemoStorePath());

    options = parse({ QStringLiteral("--demo"), QStringLiteral("--store=/tmp/d.store") });
    ASSERT_TRUE(options);
    EXPECT_EQ(options->storePath, QStringLiteral("/tmp/d.store"));
    EXPECT_EQ(options->demoStorePath, QStringLiteral("/tmp/d.store"));
}

TEST(UiDeskAppOptions, CameraFileStandsInForTheCamera)
{
    const auto options = parse({ QStringLiteral("--demo"), QStringLiteral("--camera-file"),
        QStringLiteral("/tmp/cards.avi") });
    ASSERT_TRUE(options);
    EXPECT_EQ(options->cameraFile, QStringLiteral("/tmp/cards.avi"));
    EXPECT_TRUE(parse({})->cameraFile.isEmpty());
}

TEST(UiDeskAppOptions, RejectsUnknownOptionsAndArguments)
{
    auto options = parse({ QStringLiteral("--no-such-option") });
    ASSERT_FALSE(options);
    EXPECT_EQ(options.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(parse({ QStringLiteral("stray") }));
    EXPECT_FALSE(parse({ QStringLiteral("--store") }));
}

} // namespace cardbridge
