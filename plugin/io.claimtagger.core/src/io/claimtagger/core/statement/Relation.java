package io.claimtagger.core.statement;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a claim says about its subject, from the words it uses: the attribute two claims must share
 * before their values or polarity can contradict. A sentence may say several ("shipped with KVM
 * in 2010": release and includes).
 */
public enum Relation {
	ACQUISITION(true, "acqui[rs]\\w*|bought|buys?|buying|purchas\\w*|takeover|took over|takes over|merg\\w*|pa(?:id|ys?|ying) (?:[^.]|\\.\\d)*? for|being sold|sold to|sells? \\w+ to|deal worth|all-stock|all-cash|(?:stock|cash) deal|snapped up|folded into|take over|taking over|merger|changed hands|take-private|taken private|(?:completed|closed|finali[sz]ed) (?:the|its) (?:\\S+ )?deal"),
	FUNDING(true, "raised|raises|raising|funding|series [a-f]\\b|valuation|valued (?:\\S+ ){0,3}at|investment round|\\bipo\\b|initial public offering|went public|go(?:es|ing)? public|began trading|direct listing|listed on"),
	RELEASE(true, "releas\\w*|ship(?:s|ped|ping)?\\b|launch\\w*|generally available|general availability|availab\\w*|\\bga\\b|debut\\w*|unveil\\w*|introduc\\w*|rolled out|rolls out|out now|arriv\\w*|came out|comes out|took the wraps off|first (?:showed|announced|demonstrated|previewed)|showed off|milestone|reach(?:ed|es) version"),
	FOUNDED(true, "founded|incorporated|established|started in"),
	/** The end of a product or of its sale: a date of it is an event ("retires it on June 30", "reaches end of life"). */
	RETIREMENT(true, "retir(?:e|es|ed|ing|ement)\\b|end of life|end-of-life|end of support|sunset\\w*|discontinu\\w*|stop(?:s|ped)? selling"),
	PRICE(false, "cost\\w*|pric\\w*|charg\\w*|\\bfee\\w*|free of charge|subscription\\w*|per month|per hour|per user|per year|a month|/month|list price|listed at \\$|an hour|\\bbill(?:ing|ed|s)?\\b|\\bfree\\b"),
	REVENUE(false, "revenue\\w*|\\bsales\\b|earn\\w*|turnover|\\barr\\b|bookings"),
	SUPPORT(false, "support\\w*|runs? on|running on|compatib\\w*|certif\\w*|works? with|integrat\\w*|\\bruns?\\b|hosts?\\b"),
	INCLUDES(false, "includ\\w*|bundl\\w*|ships? with|comes? with|contain\\w*|built[- ]in|dropp\\w*|\\bdrops?\\b|remov\\w*|replac\\w*|default|\\bonly\\b|still\\b|deprecat\\w*"),
	LICENSE(false, "licen[cs]\\w*|open[- ]sourc\\w*|apache 2|\\b(?:a|l)?gpl\\w*|\\bsspl\\b|\\bmpl\\b|proprietary|source[- ]available|\\bbsl\\b|relicens\\w*"),
	PARTNERSHIP(false, "partner\\w*|alliance|team(?:s|ed)? up|collaborat\\w*|joint\\w*|resell\\w*"),
	OWNERSHIP(false, "independent|standalone|privately held|owned by|majority-owned|subsidiary|spun off|spin-off|part of|unit of|division of|governed by|governance|controls?"),
	NAME(false, "(?:is|was|are) (?:now )?(?:called|named)\\b|renamed|rebrand\\w*|under the \\S+(?: \\S+)? (?:name|brand)|now called|known as|name changed|changed (?:the|its) name|goes by|(?:now )?marketed as|now sold as"),
	DEPENDENCY(false, "depend\\w*|requir\\w*|relies on|rely on|needs?\\b"),
	COMPARISON(false, "faster|slower|cheaper|larger|smaller|more \\w+ than|less \\w+ than|outperform\\w*|beats?|ahead of|behind|than\\b"),
	SCALE(false, "customers|regions|employees|data cent(?:er|re)s|availability zones|downloads|stars|contributors|locations|countries|points of presence");

	private final boolean event;
	private final Pattern cues;

	Relation(boolean event, String cues) {
		this.event = event;
		this.cues = Pattern.compile("(?<![\\w-])(?:" + cues + ")", Pattern.CASE_INSENSITIVE);
	}

	/**
	 * An event happens once, so two different values of it contradict whenever written; a state
	 * (a price, a count, what a product supports) may change, so a later article's other value
	 * supersedes an earlier one.
	 */
	public boolean isEvent() {
		return event;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The event whose cue comes nearest before an offset ("was founded in 2016": the founding,
	 * not the purchase the sentence names first); null when no event's cue comes before it.
	 */
	public static Relation eventBefore(String sentence, int offset) {
		Relation nearest = null;
		int at = -1;
		for (Relation r : values()) {
			if (!r.event) {
				continue;
			}
			java.util.regex.Matcher m = r.cues.matcher(sentence);
			m.region(0, offset);
			while (m.find()) {
				if (m.start() > at) {
					at = m.start();
					nearest = r;
				}
			}
		}
		return nearest;
	}

	/** The relations the sentence's words express. */
	public static Set<Relation> in(String sentence) {
		Set<Relation> out = EnumSet.noneOf(Relation.class);
		for (Relation r : values()) {
			if (r.cues.matcher(sentence).find()) {
				out.add(r);
			}
		}
		return out;
	}
}
