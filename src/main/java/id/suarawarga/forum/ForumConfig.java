package id.suarawarga.forum;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Forum rules an operator may tune ({@code suarawarga.forum.*}); the defaults are issue 5's. */
@ConfigMapping(prefix = "suarawarga.forum")
public interface ForumConfig {

    /** Minutes during which an author may edit their own post. */
    @WithDefault("30")
    int editMinutes();

    /** Days before a citizen may choose another pseudonym. */
    @WithDefault("30")
    int pseudonymChangeDays();

    /** A new account (first seen less than a day ago, or no accepted post yet): threads per Jakarta day. */
    @WithDefault("3")
    int newAccountThreadsPerDay();

    /** A new account: posts (threads included) per Jakarta day. */
    @WithDefault("10")
    int newAccountPostsPerDay();

    /** Everyone else posting as a citizen: threads per day. */
    @WithDefault("20")
    int threadsPerDay();

    /** Everyone else posting as a citizen: posts per day. */
    @WithDefault("200")
    int postsPerDay();
}
